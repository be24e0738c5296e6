package dev.profilesync.ldap;

import org.springframework.ldap.core.support.AbstractTlsDirContextAuthenticationStrategy;

import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.ldap.LdapContext;

/**
 * StartTLS, then a simple bind over the protected connection. The TLS upgrade itself (default JSSE trust, JNDI's host
 * name check against the certificate) is Spring LDAP's; this class only makes the bind happen at once, so a wrong
 * password fails when the context is created, and without creating another context that would keep the connection
 * open (Spring's own strategy looks up "" for that).
 */
final class StartTlsBind extends AbstractTlsDirContextAuthenticationStrategy {
    private static final String[] NO_ATTRIBUTES = {"1.1"};

    @Override
    protected void applyAuthentication(LdapContext context, String bindDn, String password) throws NamingException {
        context.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
        context.addToEnvironment(Context.SECURITY_PRINCIPAL, bindDn);
        context.addToEnvironment(Context.SECURITY_CREDENTIALS, password);
        // JNDI binds lazily after the environment changed; reading the root DSE makes it bind now.
        context.getAttributes("", NO_ATTRIBUTES);
    }
}
