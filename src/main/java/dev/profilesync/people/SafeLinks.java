package dev.profilesync.people;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns directory values into link targets only when they are what they claim: a phone number of digits, an e-mail
 * address, an http(s) URL. Anything else (a {@code javascript:} URL, an address with quotes or spaces) gets no
 * link and is shown as text. The result is HTML-escaped by the template like every other value. Stateless.
 */
final class SafeLinks {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,40}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&*+/=?^_{|}~-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");

    private SafeLinks() {
    }

    static Optional<String> tel(String value) {
        String trimmed = value.strip();
        if (!PHONE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String digits = trimmed.replaceAll("[^0-9+]", "");
        return digits.chars().filter(Character::isDigit).count() >= 3 ? Optional.of("tel:" + digits) : Optional.empty();
    }

    static Optional<String> mailto(String value) {
        String trimmed = value.strip();
        return EMAIL.matcher(trimmed).matches() ? Optional.of("mailto:" + trimmed) : Optional.empty();
    }

    static Optional<String> web(String value) {
        String trimmed = value.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
