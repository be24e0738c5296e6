package dev.profilesync.ldap;

import org.springframework.ldap.core.AuthenticationSource;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;

import javax.naming.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the Spring LDAP template for one directory: a plain (not pooled) context source, so every operation gets
 * its own connection that lives exactly as long as the operation (a paged read keeps its one connection for all
 * pages), with the timeouts, referral handling, binary attributes and TLS mode of the config.
 */
final class LdapTemplates {
    /**
     * Attributes JNDI must hand over as bytes: Active Directory's ids, and the picture attributes PICTURE fields map
     * (JNDI's own list has jpegPhoto too, named here so the picture attributes are in one place); JNDI already treats
     * userCertificate and the like as binary.
     */
    static final String BINARY_ATTRIBUTES = "objectGUID objectSid thumbnailPhoto jpegPhoto photo";
    static final String BINARY_PROPERTY = "java.naming.ldap.attributes.binary";

    private LdapTemplates() {
    }

    static LdapTemplate create(LdapDirectoryConfig config) {
        LdapContextSource source = new JdkContextSource();
        // Failover servers are tried in order by JNDI itself, on every new connection.
        source.setUrls(config.urls().toArray(String[]::new));
        source.setPooled(false);
        // Without an object factory JNDI never loads a class by name from the thread's class loader (OSGi-safe), and
        // searches return plain SearchResults, which is all the reader uses.
        source.setDirObjectFactory(null);
        source.setReferral(config.followReferrals() ? "follow" : "ignore");
        // Always authenticate through the strategy, also with an empty bind DN (an anonymous simple bind): Spring's
        // anonymous shortcut would skip StartTLS.
        source.setAuthenticationSource(new Credentials(config.bindDn(), config.password()));
        if (config.security() == LdapDirectoryConfig.Security.STARTTLS) {
            // Default JSSE trust and JNDI's host name check; the bind happens only after TLS is up.
            source.setAuthenticationStrategy(new StartTlsBind());
        }
        source.setBaseEnvironmentProperties(environment(config));
        source.afterPropertiesSet();

        LdapTemplate template = new LdapTemplate(source);
        // Every limit and partial result is a failure unless the reader decides otherwise, case by case.
        template.setIgnoreSizeLimitExceededException(false);
        template.setIgnorePartialResultException(false);
        template.setIgnoreNameNotFoundException(false);
        return template;
    }

    private static Map<String, Object> environment(LdapDirectoryConfig config) {
        Map<String, Object> env = new HashMap<>();
        env.put("java.naming.ldap.version", "3");
        env.put("com.sun.jndi.ldap.connect.timeout", Long.toString(config.connectTimeout().toMillis()));
        env.put("com.sun.jndi.ldap.read.timeout", Long.toString(config.readTimeout().toMillis()));
        env.put(BINARY_PROPERTY, binaryAttributes(config));
        if (config.security() == LdapDirectoryConfig.Security.LDAPS) {
            // LDAPS even where an ldap:// URL was given with security LDAPS (as Crowd's "secure" flag does).
            env.put(Context.SECURITY_PROTOCOL, "ssl");
        }
        return env;
    }

    static String binaryAttributes(LdapDirectoryConfig config) {
        // A uuid attribute other than entryUUID (objectGUID, eDirectory's GUID) is an octet string.
        return config.uuidAttribute().equalsIgnoreCase("entryUUID") ? BINARY_ATTRIBUTES
                : BINARY_ATTRIBUTES + " " + config.uuidAttribute();
    }

    /** The config's binary attributes plus these (already checked to be attribute names by their field). */
    static String binaryAttributes(LdapDirectoryConfig config, java.util.Set<String> more) {
        StringBuilder names = new StringBuilder(binaryAttributes(config));
        more.forEach(name -> names.append(' ').append(name));
        return names.toString();
    }

    /** The bind DN and password; holds the password, so it has no toString that shows it. */
    private record Credentials(String principal, String credentials) implements AuthenticationSource {
        @Override
        public String getPrincipal() {
            return principal;
        }

        @Override
        public String getCredentials() {
            return credentials;
        }

        @Override
        public String toString() {
            return "Credentials[principal=" + principal + "]";
        }
    }
}
