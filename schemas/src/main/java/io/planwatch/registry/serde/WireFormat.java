package io.planwatch.registry.serde;

/**
 * The Confluent wire format: magic byte 0x00, the schema id as a 4-byte big-endian int, then the
 * Avro binary encoding of the record.
 */
public final class WireFormat {
  /** The first byte of every framed value. */
  public static final byte MAGIC_BYTE = 0x0;

  /** Magic byte plus schema id. */
  public static final int HEADER_SIZE = 5;

  private WireFormat() {}

  /** Writes the 5-byte header into {@code target} from offset 0. */
  static void writeHeader(byte[] target, int schemaId) {
    target[0] = MAGIC_BYTE;
    target[1] = (byte) (schemaId >>> 24);
    target[2] = (byte) (schemaId >>> 16);
    target[3] = (byte) (schemaId >>> 8);
    target[4] = (byte) schemaId;
  }

  /** Reads the schema id of a framed value whose header was checked to be present. */
  static int schemaId(byte[] framed) {
    return (framed[1] & 0xff) << 24
        | (framed[2] & 0xff) << 16
        | (framed[3] & 0xff) << 8
        | framed[4] & 0xff;
  }
}
