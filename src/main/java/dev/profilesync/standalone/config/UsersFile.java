package dev.profilesync.standalone.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.Usernames;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The optional users file: the users the standalone host marks deactivated, hidden or unlicensed, so the Active User
 * and Unlicensed User policies can be tried. Everyone else in a directory is an active, licensed user.
 * <p>
 * CSV: a header naming {@code username} and any of {@code deactivated}, {@code hidden}, {@code unlicensed}, then one
 * user a line with true/false (yes/no, 1/0, empty = false). JSON: an array of objects with the same properties.
 */
public final class UsersFile {
    private static final String SETTING = "usersFile";
    private static final List<String> FLAGS = List.of("deactivated", "hidden", "unlicensed");

    private UsersFile() {
    }

    /** The listed users by lower-case username; user keys are lower-case usernames, as for every standalone user. */
    public static Map<String, HostUser> load(Path file) {
        String text = read(file);
        List<Row> rows = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? fromJson(file, text) : fromCsv(file, text);
        Map<String, HostUser> users = new LinkedHashMap<>();
        for (Row row : rows) {
            String username = row.username() == null ? "" : Usernames.normalise(row.username());
            if (username.isEmpty()) {
                throw new ConfigException(SETTING, file + " " + row.where() + ": the username is empty: give one");
            }
            String key = Usernames.matchKey(username);
            HostUser user = new HostUser(key, username, row.deactivated(), row.hidden(), !row.unlicensed(),
                    Optional.empty());
            if (users.putIfAbsent(key, user) != null) {
                throw new ConfigException(SETTING, file + " " + row.where() + ": user '" + username
                        + "' is listed twice: keep one line per user");
            }
        }
        return users;
    }

    private record Row(String where, String username, boolean deactivated, boolean hidden, boolean unlicensed) {
    }

    private record JsonUser(String username, Boolean deactivated, Boolean hidden, Boolean unlicensed) {
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(SETTING, file + " is not UTF-8 text: save it as UTF-8", e);
        } catch (IOException e) {
            throw new ConfigException(SETTING, "cannot read " + file + " (" + e.getClass().getSimpleName()
                    + "): check the path, relative to the config file's folder", e);
        }
    }

    private static List<Row> fromJson(Path file, String text) {
        try {
            List<JsonUser> users = new ObjectMapper().readValue(text, new TypeReference<List<JsonUser>>() { });
            List<Row> rows = new ArrayList<>(users.size());
            for (int i = 0; i < users.size(); i++) {
                JsonUser u = users.get(i);
                if (u == null) {
                    throw new ConfigException(SETTING, file + " item " + i + " is null: write {\"username\": ...}");
                }
                rows.add(new Row("item " + i, u.username(), Boolean.TRUE.equals(u.deactivated()),
                        Boolean.TRUE.equals(u.hidden()), Boolean.TRUE.equals(u.unlicensed())));
            }
            return rows;
        } catch (JacksonException e) {
            throw new ConfigException(SETTING, file + " " + JsonErrors.describe(e) + ": write an array of "
                    + "{\"username\", \"deactivated\", \"hidden\", \"unlicensed\"}", e);
        }
    }

    private static List<Row> fromCsv(Path file, String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            throw new ConfigException(SETTING, file + " is empty: start it with the header username,deactivated,"
                    + "hidden,unlicensed");
        }
        List<String> header = CsvLine.parse(lines.get(0).replace("\uFEFF", "")).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        if (!header.contains("username")) {
            throw new ConfigException(SETTING, file + " line 1: the header has no 'username' column: start the file "
                    + "with username,deactivated,hidden,unlicensed");
        }
        for (String column : header) {
            if (!column.equals("username") && !FLAGS.contains(column)) {
                throw new ConfigException(SETTING, file + " line 1: unknown column '" + column + "': use username, "
                        + String.join(", ", FLAGS));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = "line " + (i + 1);
            List<String> cells = CsvLine.parse(lines.get(i));
            if (cells.size() > header.size()) {
                throw new ConfigException(SETTING, file + " " + where + ": " + cells.size() + " cells but the header "
                        + "has " + header.size() + ": quote usernames that contain commas");
            }
            rows.add(new Row(where, cell(cells, header, "username"), flag(file, where, cells, header, "deactivated"),
                    flag(file, where, cells, header, "hidden"), flag(file, where, cells, header, "unlicensed")));
        }
        return rows;
    }

    private static String cell(List<String> cells, List<String> header, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= cells.size() ? "" : cells.get(index);
    }

    private static boolean flag(Path file, String where, List<String> cells, List<String> header, String column) {
        String value = cell(cells, header, column).trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "1", "x" -> true;
            case "false", "no", "0", "" -> false;
            default -> throw new ConfigException(SETTING, file + " " + where + ": " + column + " is '" + value
                    + "': write true or false");
        };
    }
}
