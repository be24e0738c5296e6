package dev.profilesync.people.edit;

/** The size rule for a posted edit form, the same in every host. Stateless. */
public final class PostedForms {
    /** Room for the text fields beside the pictures. */
    private static final int TEXT_ROOM = 64 * 1024;

    private PostedForms() {
    }

    /**
     * The most a posted edit form may hold: twice the picture cap plus room for the text, so a picture somewhat over
     * the cap still arrives and is refused next to its field with its size; only a far larger body is refused whole.
     */
    public static int maxBytes(long maxPictureBytes) {
        return (int) Math.min(Integer.MAX_VALUE - 8L, 2 * maxPictureBytes + TEXT_ROOM);
    }
}
