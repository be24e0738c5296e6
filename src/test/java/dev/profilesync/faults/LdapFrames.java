package dev.profilesync.faults;

import java.io.DataInputStream;
import java.io.IOException;

/** Reads whole LDAP messages off a stream (BER: SEQUENCE, length, messageID, protocol operation). */
final class LdapFrames {
    private LdapFrames() {
    }

    /** The next message with its tag and length bytes; EOFException at a clean end of stream. */
    static byte[] read(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        int first = in.readUnsignedByte();
        int lengthBytes = first < 0x80 ? 0 : first & 0x7f;
        if (lengthBytes > 4) {
            throw new IOException("not an LDAP message: length of " + lengthBytes + " bytes");
        }
        int length = first < 0x80 ? first : 0;
        byte[] header = new byte[2 + lengthBytes];
        header[0] = (byte) tag;
        header[1] = (byte) first;
        for (int i = 0; i < lengthBytes; i++) {
            int b = in.readUnsignedByte();
            header[2 + i] = (byte) b;
            length = (length << 8) | b;
        }
        byte[] message = new byte[header.length + length];
        System.arraycopy(header, 0, message, 0, header.length);
        in.readFully(message, header.length, length);
        return message;
    }

    /** The protocol operation's tag: what follows the message id. */
    static int operation(byte[] message) {
        int content = (message[1] & 0x80) == 0 ? 2 : 2 + (message[1] & 0x7f);
        // messageID INTEGER: tag 0x02, a short length, the id's bytes.
        int idLength = message[content + 1] & 0xff;
        return message[content + 2 + idLength] & 0xff;
    }
}
