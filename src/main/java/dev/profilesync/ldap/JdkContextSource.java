package dev.profilesync.ldap;

import org.springframework.ldap.core.support.LdapContextSource;

import javax.naming.directory.DirContext;
import java.util.function.Supplier;

/**
 * A Spring LDAP context source that always finds the JDK's own LDAP provider, whatever class loader the calling
 * thread carries.
 *
 * <p>JNDI loads the provider named in the environment ({@code com.sun.jndi.ldap.LdapCtxFactory}), and for StartTLS
 * the JDK's StartTLS response, through the thread's context class loader. Inside Confluence that is the plugin
 * bundle's loader on a web request, and a bundle sees {@code com.sun.jndi.*} only if the host exports it, which
 * Confluence's boot delegation list does not cover. So each connection is opened, and TLS negotiated, with the
 * platform class loader (which sees the JDK's modules and nothing of the application) as the context class loader;
 * the caller's loader is restored afterwards. Outside OSGi this changes nothing. Thread-safe, like its superclass.
 */
final class JdkContextSource extends LdapContextSource {
    private static final String JDK_LDAP_FACTORY = "com.sun.jndi.ldap.LdapCtxFactory";
    private static final ClassLoader JDK = ClassLoader.getPlatformClassLoader();

    JdkContextSource() {
        // The superclass looks the factory up with Class.forName from its own loader, which fails inside a bundle.
        setContextFactory(jdkLdapFactory());
    }

    @Override
    public DirContext getContext(String principal, String credentials) {
        return withJdkLoader(() -> super.getContext(principal, credentials));
    }

    @Override
    public DirContext getReadOnlyContext() {
        return withJdkLoader(super::getReadOnlyContext);
    }

    @Override
    public DirContext getReadWriteContext() {
        return withJdkLoader(super::getReadWriteContext);
    }

    private static DirContext withJdkLoader(Supplier<DirContext> open) {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(JDK);
        try {
            return open.get();
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static Class<?> jdkLdapFactory() {
        try {
            return Class.forName(JDK_LDAP_FACTORY, false, JDK);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("this Java runtime has no LDAP provider (module java.naming)", e);
        }
    }
}
