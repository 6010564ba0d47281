#!/bin/sh
# planwatch `secured` profile: makes, once, the CA and the certificates of the broker and the
# registry (keytool of the JRE image), the trust store every client uses, and the registry's
# basic-auth files, into the `secured-certs` volume. Nothing secret is kept in the repository:
# the passwords come from the environment (docker/.env or the shell), and an empty one stops here.
set -eu
for name in PLANWATCH_TLS_PASSWORD PLANWATCH_KAFKA_BROKER_PASSWORD PLANWATCH_KAFKA_APP_PASSWORD \
    PLANWATCH_KAFKA_PRODUCER_PASSWORD PLANWATCH_KAFKA_REGISTRY_PASSWORD \
    PLANWATCH_REGISTRY_APP_PASSWORD PLANWATCH_REGISTRY_PRODUCER_PASSWORD; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "secured profile: set $name (e.g. in docker/.env) / 请设置 $name" >&2
    exit 1
  fi
done
cd /certs
pw="$PLANWATCH_TLS_PASSWORD"
if [ ! -f ca.p12 ]; then
  keytool -genkeypair -alias ca -keyalg EC -groupname secp256r1 -dname "CN=planwatch CA" \
    -ext bc:c -validity 825 -keystore ca.p12 -storetype PKCS12 -storepass "$pw"
  keytool -exportcert -rfc -alias ca -file ca.pem -keystore ca.p12 -storepass "$pw"
  keytool -importcert -noprompt -alias ca -file ca.pem -keystore truststore.p12 \
    -storetype PKCS12 -storepass "$pw"
fi
# One key store per server, its certificate naming the host the clients use.
for host in kafka-secured schema-registry-secured; do
  [ -f "$host.p12" ] && continue
  keytool -genkeypair -alias server -keyalg EC -groupname secp256r1 -dname "CN=$host" \
    -validity 825 -keystore "$host.p12" -storetype PKCS12 -storepass "$pw"
  keytool -certreq -alias server -file "$host.csr" -keystore "$host.p12" -storepass "$pw"
  keytool -gencert -alias ca -rfc -validity 825 -infile "$host.csr" -outfile "$host.pem" \
    -ext "SAN=dns:$host,dns:localhost" -ext EKU=serverAuth -keystore ca.p12 -storepass "$pw"
  keytool -importcert -noprompt -alias ca -file ca.pem -keystore "$host.p12" -storepass "$pw"
  keytool -importcert -alias server -file "$host.pem" -keystore "$host.p12" -storepass "$pw"
done
# Confluent Schema Registry's basic auth: Jetty's PropertyFileLoginModule and its realm file.
cat > registry-jaas.conf <<JAAS
SchemaRegistry {
  org.eclipse.jetty.jaas.spi.PropertyFileLoginModule required
  file="/certs/registry-users.properties"
  debug="false";
};
JAAS
cat > registry-users.properties <<USERS
planwatch-app: $PLANWATCH_REGISTRY_APP_PASSWORD,planwatch
planwatch-producer: $PLANWATCH_REGISTRY_PRODUCER_PASSWORD,planwatch
USERS
# The broker's storage, formatted once with its SCRAM users (kafka-storage format --add-scram).
cat > kraft-format.properties <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka-secured:9093
controller.listener.names=CONTROLLER
listeners=SASL_SSL://:9094,CONTROLLER://:9093
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT
inter.broker.listener.name=SASL_SSL
log.dirs=/var/lib/kafka/data
PROPS
# The broker's own client settings, for its health check.
cat > broker-client.properties <<PROPS
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="$PLANWATCH_KAFKA_BROKER_PASSWORD";
ssl.truststore.type=PKCS12
ssl.truststore.location=/certs/truststore.p12
ssl.truststore.password=$pw
PROPS
# The volume is mounted only into the secured services, which run as other users than this job.
chmod a+r /certs/*
echo "secured profile: certificates and credentials ready in /certs"
