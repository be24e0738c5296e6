package dev.profilesync.ldap;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Turns octet-string values into text: Active Directory's objectGUID in the standard GUID form, objectSid in the
 * {@code S-1-5-...} form, anything else (photos, certificates) as Base64, so binary data never breaks a read and
 * never arrives as mangled characters. Stateless.
 */
final class BinaryValues {
    private static final HexFormat HEX = HexFormat.of();

    private BinaryValues() {
    }

    /** @param key lower-case attribute name */
    static String render(String key, byte[] value) {
        if (key.equals("objectguid") && value.length == 16) {
            return guid(value);
        }
        if (key.equals("objectsid") && isSid(value)) {
            return sid(value);
        }
        return Base64.getEncoder().encodeToString(value);
    }

    /** The entry's stable id from a uuid attribute that arrived as bytes. */
    static String uuid(byte[] value) {
        if (value.length == 16) {
            return guid(value);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            // Not text: an opaque id, kept comparable as hex.
            return HEX.formatHex(value);
        }
    }

    /**
     * The GUID string form: the first three groups are little-endian on the wire (Microsoft's GUID layout), the last
     * two are in byte order, e.g. bytes 33 22 11 00 55 44 77 66 88 99 aa bb cc dd ee ff give
     * 00112233-4455-6677-8899-aabbccddeeff.
     */
    static String guid(byte[] b) {
        StringBuilder out = new StringBuilder(36);
        hex(out, b, 3, 2, 1, 0).append('-');
        hex(out, b, 5, 4).append('-');
        hex(out, b, 7, 6).append('-');
        hex(out, b, 8, 9).append('-');
        return hex(out, b, 10, 11, 12, 13, 14, 15).toString();
    }

    private static StringBuilder hex(StringBuilder out, byte[] bytes, int... positions) {
        for (int position : positions) {
            HEX.toHexDigits(out, bytes[position]);
        }
        return out;
    }

    private static boolean isSid(byte[] value) {
        return value.length >= 8 && value.length == 8 + 4 * (value[1] & 0xff);
    }

    /** Revision, 48-bit big-endian authority, then little-endian 32-bit sub-authorities. */
    private static String sid(byte[] b) {
        long authority = 0;
        for (int i = 2; i < 8; i++) {
            authority = (authority << 8) | (b[i] & 0xff);
        }
        StringBuilder out = new StringBuilder("S-").append(b[0] & 0xff).append('-').append(authority);
        for (int i = 8; i < b.length; i += 4) {
            long sub = (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
            out.append('-').append(sub);
        }
        return out.toString();
    }
}
