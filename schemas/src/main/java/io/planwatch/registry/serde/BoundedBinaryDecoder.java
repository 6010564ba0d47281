package io.planwatch.registry.serde;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * Avro's {@link BinaryDecoder} over one byte array, with every length and item count checked
 * against the bytes that remain before anything is allocated. Avro's own decoder trusts a length
 * prefix and allocates it (a corrupt string length of 2^30 costs a gigabyte before the
 * EOFException), so one poison record could take a whole stream thread down with an
 * OutOfMemoryError; here it is an {@link EOFException} naming the offset. Arrays and maps are
 * assumed to hold items of at least one encoded byte each, true for every planwatch contract.
 * Reusable: {@link #reset} points it at the next record.
 */
final class BoundedBinaryDecoder extends Decoder {
  private BinaryDecoder in;
  private int start;
  private int length;

  /** Points the decoder at {@code length} bytes of {@code bytes} from {@code offset}. */
  BoundedBinaryDecoder reset(byte[] bytes, int offset, int length) {
    this.in = DecoderFactory.get().binaryDecoder(bytes, offset, length, in);
    this.start = offset;
    this.length = length;
    return this;
  }

  /** Bytes not read yet. */
  int remaining() throws IOException {
    return in.inputStream().available();
  }

  /** Offset of the next byte to read, relative to the array given to {@link #reset}. */
  int position() throws IOException {
    return start + length - remaining();
  }

  private long checked(long count, String what) throws IOException {
    int remaining = remaining();
    if (count < 0 || count > remaining) {
      throw new EOFException(
          what
              + " of "
              + count
              + " at offset "
              + position()
              + " but only "
              + remaining
              + " byte(s) remain");
    }
    return count;
  }

  @Override
  public void readNull() throws IOException {
    in.readNull();
  }

  @Override
  public boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  @Override
  public int readInt() throws IOException {
    return in.readInt();
  }

  @Override
  public long readLong() throws IOException {
    return in.readLong();
  }

  @Override
  public float readFloat() throws IOException {
    return in.readFloat();
  }

  @Override
  public double readDouble() throws IOException {
    return in.readDouble();
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    int size = (int) checked(in.readLong(), "string length");
    Utf8 result = old != null ? old : new Utf8();
    result.setByteLength(size);
    in.readFixed(result.getBytes(), 0, size);
    return result;
  }

  @Override
  public String readString() throws IOException {
    return readString(null).toString();
  }

  @Override
  public void skipString() throws IOException {
    in.skipFixed((int) checked(in.readLong(), "string length"));
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    int size = (int) checked(in.readLong(), "bytes length");
    byte[] bytes = new byte[size];
    in.readFixed(bytes, 0, size);
    return ByteBuffer.wrap(bytes);
  }

  @Override
  public void skipBytes() throws IOException {
    in.skipFixed((int) checked(in.readLong(), "bytes length"));
  }

  @Override
  public void readFixed(byte[] bytes, int start, int len) throws IOException {
    checked(len, "fixed size");
    in.readFixed(bytes, start, len);
  }

  @Override
  public void skipFixed(int len) throws IOException {
    in.skipFixed((int) checked(len, "fixed size"));
  }

  @Override
  public int readEnum() throws IOException {
    return in.readEnum();
  }

  @Override
  public long readArrayStart() throws IOException {
    return checked(in.readArrayStart(), "array block");
  }

  @Override
  public long arrayNext() throws IOException {
    return checked(in.arrayNext(), "array block");
  }

  @Override
  public long skipArray() throws IOException {
    return checked(in.skipArray(), "array block");
  }

  @Override
  public long readMapStart() throws IOException {
    return checked(in.readMapStart(), "map block");
  }

  @Override
  public long mapNext() throws IOException {
    return checked(in.mapNext(), "map block");
  }

  @Override
  public long skipMap() throws IOException {
    return checked(in.skipMap(), "map block");
  }

  @Override
  public int readIndex() throws IOException {
    return in.readIndex();
  }
}
