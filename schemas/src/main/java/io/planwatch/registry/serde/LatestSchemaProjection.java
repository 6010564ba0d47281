package io.planwatch.registry.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * For {@code use.latest.version}: turns a record of its own schema into a record of the subject's
 * latest schema by Avro schema resolution (fields matched by name, defaults filled in), so that the
 * bytes really follow the schema whose id they carry. The result is a generic record (the generated
 * class has the record's own schema, not the latest one).
 */
final class LatestSchemaProjection {
  private LatestSchemaProjection() {}

  static Object project(SpecificRecord record, Schema latest, String topic, String subject) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
      encoder.flush();
      GenericDatumReader<Object> reader =
          new GenericDatumReader<>(record.getSchema(), latest, GenericData.get());
      return reader.read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    } catch (IOException | AvroRuntimeException e) {
      throw new AvroSerializationException(
          "use.latest.version: a "
              + record.getSchema().getFullName()
              + " cannot be written as the latest schema of subject '"
              + subject
              + "' for topic '"
              + topic
              + "': "
              + e.getMessage(),
          e);
    }
  }
}
