package dev.profilesync.engine;

/**
 * A picture in an attribute JNDI does not know as binary ({@code employeePhoto}, a name a site chose): the engine
 * names it to the reader, which reads it as bytes. Without that JNDI would decode it as text and ruin it.
 */
class CustomPictureAttributeSyncTest extends ActiveDirectoryPictureSyncTest {
    @Override
    protected String attribute() {
        return "employeePhoto";
    }
}
