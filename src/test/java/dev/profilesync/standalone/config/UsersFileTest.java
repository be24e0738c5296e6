package dev.profilesync.standalone.config;

import dev.profilesync.core.HostUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersFileTest {
    @TempDir
    Path dir;

    @Test
    void csvMarksUsersDeactivatedHiddenOrUnlicensed() throws IOException {
        Path file = Files.writeString(dir.resolve("users.csv"), """
                username,deactivated,hidden,unlicensed
                ALICE,true,,
                bob,no,yes,
                "carol, the second",0,0,1
                """);
        Map<String, HostUser> users = UsersFile.load(file);
        assertThat(users.get("alice")).isEqualTo(new HostUser("alice", "ALICE", true, false, true,
                java.util.Optional.empty()));
        assertThat(users.get("bob").hidden()).isTrue();
        assertThat(users.get("carol, the second").licensed()).isFalse();
    }

    @Test
    void jsonListsTheSameFlags() throws IOException {
        Path file = Files.writeString(dir.resolve("users.json"),
                "[{\"username\": \"dave\", \"unlicensed\": true}, {\"username\": \"erin\", \"hidden\": true}]");
        Map<String, HostUser> users = UsersFile.load(file);
        assertThat(users.get("dave").licensed()).isFalse();
        assertThat(users.get("erin").hidden()).isTrue();
    }

    @Test
    void badFlagNamesTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("users.csv"), "username,hidden\nbob,maybe\n");
        assertThatThrownBy(() -> UsersFile.load(file)).isInstanceOf(ConfigException.class)
                .hasMessage("usersFile: " + file + " line 2: hidden is 'maybe': write true or false");
    }

    @Test
    void unknownColumnsAndDuplicatesAreRejected() throws IOException {
        Path columns = Files.writeString(dir.resolve("a.csv"), "username,admin\nbob,true\n");
        assertThatThrownBy(() -> UsersFile.load(columns)).hasMessageContaining("unknown column 'admin'");
        Path twice = Files.writeString(dir.resolve("b.csv"), "username\nbob\nBOB\n");
        assertThatThrownBy(() -> UsersFile.load(twice)).hasMessageContaining("line 3: user 'BOB' is listed twice");
        Path json = Files.writeString(dir.resolve("c.json"), "[{\"username\": \"x\", \"admin\": true}]");
        assertThatThrownBy(() -> UsersFile.load(json)).hasMessageContaining("Unrecognized field \"admin\"");
    }
}
