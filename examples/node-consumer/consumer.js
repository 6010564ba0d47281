// planwatch downstream consumer (Node.js): reads pace.alerts and pace.progress through the
// Confluent schema registry with the standard @kafkajs/confluent-schema-registry decoder.
//
//   npm ci && node consumer.js                       # follow the running demo, print alerts
//   node consumer.js --from-beginning --idle-exit 10  # read everything, exit after 10 s idle
//
// Environment: PLANWATCH_BOOTSTRAP_SERVERS (localhost:9092), PLANWATCH_SCHEMA_REGISTRY_URL
// (http://localhost:8081), PLANWATCH_TOPIC_PREFIX (planwatch.).
// Exit code: 0 when every record decoded (and, with --min-records N, at least N were read),
// 1 otherwise. The last line is "<decoded> passed, <failed> failed".
'use strict';

const { Kafka, logLevel } = require('kafkajs');
const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const next = process.argv[i + 1];
  return next === undefined || next.startsWith('--') ? true : next;
}

const brokers = (process.env.PLANWATCH_BOOTSTRAP_SERVERS || 'localhost:9092').split(',');
const registryUrl = process.env.PLANWATCH_SCHEMA_REGISTRY_URL || 'http://localhost:8081';
const prefix = process.env.PLANWATCH_TOPIC_PREFIX || 'planwatch.';
const fromBeginning = option('--from-beginning', false) === true;
const idleExitSeconds = Number(option('--idle-exit', 0));
const minRecords = Number(option('--min-records', 0));
const quiet = option('--quiet', false) === true;

const topics = { alerts: `${prefix}pace.alerts`, progress: `${prefix}pace.progress` };
const registry = new SchemaRegistry({ host: registryUrl });
const kafka = new Kafka({ clientId: 'planwatch-node-consumer', brokers, logLevel: logLevel.WARN });
const consumer = kafka.consumer({ groupId: `planwatch-node-consumer-${process.pid}` });

const counts = { decoded: 0, failed: 0, alerts: 0, progress: 0 };
let lastRecordAt = Date.now();

function describeAlert(alert) {
  return `[${alert.transition} ${alert.severity}] ${alert.textZh} / ${alert.textEn}`;
}

async function handle({ topic, message }) {
  lastRecordAt = Date.now();
  if (message.value === null) return; // tombstone on a compacted topic
  try {
    const value = await registry.decode(message.value);
    counts.decoded += 1;
    if (topic === topics.alerts) {
      counts.alerts += 1;
      if (!quiet) console.log(describeAlert(value));
    } else {
      counts.progress += 1;
    }
  } catch (err) {
    counts.failed += 1;
    console.error(`cannot decode ${topic} key=${message.key} offset=${message.offset}: ${err.message}`);
  }
}

async function shutdown(code) {
  await consumer.disconnect().catch(() => {});
  console.log(`alerts=${counts.alerts} progress=${counts.progress}`);
  console.log(`${counts.decoded} passed, ${counts.failed} failed`);
  process.exit(code);
}

async function main() {
  await consumer.connect();
  await consumer.subscribe({ topics: [topics.alerts, topics.progress], fromBeginning });
  await consumer.run({ eachMessage: handle });
  process.on('SIGINT', () => shutdown(counts.failed === 0 ? 0 : 1));
  process.on('SIGTERM', () => shutdown(counts.failed === 0 ? 0 : 1));
  if (idleExitSeconds > 0) {
    setInterval(() => {
      if (Date.now() - lastRecordAt > idleExitSeconds * 1000) {
        const ok = counts.failed === 0 && counts.decoded >= minRecords;
        shutdown(ok ? 0 : 1);
      }
    }, 500);
  }
}

main().catch((err) => {
  console.error(`planwatch-node-consumer: ${err.message}`);
  process.exit(2);
});
