package org.sprintgym.policy.log;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * TFRecord framing of TensorBoard event files: each record is its length (uint64, little endian),
 * the masked CRC-32C of those 8 bytes, the data, and the masked CRC-32C of the data (both uint32,
 * little endian). The mask is TensorFlow's: rotate right by 15 bits, add 0xa282ead8.
 */
final class EventRecords {
  private static final int MASK_DELTA = 0xa282ead8;

  private EventRecords() {}

  static int maskedCrc(byte[] data, int offset, int length) {
    var crc = new CRC32C();
    crc.update(data, offset, length);
    int c = (int) crc.getValue();
    return ((c >>> 15) | (c << 17)) + MASK_DELTA;
  }

  static void write(OutputStream out, byte[] data) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    head.putLong(data.length);
    head.putInt(maskedCrc(head.array(), 0, 8));
    out.write(head.array());
    out.write(data);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN)
        .putInt(maskedCrc(data, 0, data.length)).array());
  }

  /** The next record's data, or null at the end; a bad checksum or a cut record throws. */
  static byte[] read(InputStream in) throws IOException {
    byte[] head = in.readNBytes(12);
    if (head.length == 0) {
      return null;
    }
    if (head.length < 12) {
      throw new EOFException("event file ends inside a record header");
    }
    ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
    long length = b.getLong();
    if (b.getInt() != maskedCrc(head, 0, 8)) {
      throw new IOException("event file: bad length checksum");
    }
    if (length < 0 || length > Integer.MAX_VALUE) {
      throw new IOException("event file: record length " + length + " out of range");
    }
    byte[] data = in.readNBytes((int) length);
    byte[] crc = in.readNBytes(4);
    if (data.length < length || crc.length < 4) {
      throw new EOFException("event file ends inside a record");
    }
    if (ByteBuffer.wrap(crc).order(ByteOrder.LITTLE_ENDIAN).getInt()
        != maskedCrc(data, 0, data.length)) {
      throw new IOException("event file: bad data checksum");
    }
    return data;
  }
}
