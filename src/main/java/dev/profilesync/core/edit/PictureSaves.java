package dev.profilesync.core.edit;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.Picture;
import dev.profilesync.core.WriteOutcome;
import dev.profilesync.core.port.DirectoryWriter;
import dev.profilesync.core.port.PictureProcessor;
import dev.profilesync.core.port.WriteBackAudit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The picture half of a save: uploads checked by the sync's picture processor before anything is written, conflicts
 * found by digest before any write, each picture written as its own compare-and-swap (binary values do not travel in
 * the text fields' modify) and audited as digests with byte counts, never as bytes. Thread-safe.
 */
final class PictureSaves {
    private final PictureProcessor processor;
    private final WriteBackAudit audit;
    private final Clock clock;

    PictureSaves(PictureProcessor processor, WriteBackAudit audit, Clock clock) {
        this.processor = processor;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the checks made of an upload. */
    sealed interface Checked {
    }

    /** Refused by the checks: the reason, in words for the field. Nothing is written. */
    record Refusal(String reason) implements Checked {
    }

    /** An upload that passed the checks: the original for the directory, the processed picture for the profile. */
    record Upload(FieldDefinition field, byte[] original, Picture picture) implements Checked {
        String digest() {
            return picture.digest();
        }
    }

    /** The upload ready to write, or why it is refused. */
    Checked check(FieldDefinition field, byte[] upload) {
        if (upload.length > processor.maxSourceBytes()) {
            return new Refusal("the picture has " + upload.length + " bytes; at most " + processor.maxSourceBytes() + " fit");
        }
        PictureProcessor.Outcome outcome = processor.prepare(upload);
        if (outcome instanceof PictureProcessor.Ready ready) {
            return new Upload(field, upload.clone(), new Picture(Picture.digestOf(upload), ready.mediaType(),
                    ready.bytes()));
        }
        return new Refusal(((PictureProcessor.Refused) outcome).reason());
    }

    /** The pictures that changed in the directory since the form opened, with both pictures to show; audited. */
    Optional<SaveResult.Conflicts> conflicts(DirectoryWriter writer, String dn, Map<String, String> opened,
                                             List<Upload> uploads, String actor) {
        List<SaveResult.Conflict> conflicts = new ArrayList<>();
        Map<String, SaveResult.PicturePair> pairs = new HashMap<>();
        for (Upload upload : uploads) {
            List<byte[]> current = writer.currentBytes(dn, upload.field().ldapAttribute());
            String now = PictureWriteBack.openedDigest(current);
            String key = upload.field().key();
            if (!now.equals(opened.getOrDefault(key, "")) && !now.equals(upload.digest())) {
                conflicts.add(new SaveResult.Conflict(key, upload.digest(), now));
                pairs.put(key, new SaveResult.PicturePair(Optional.of(upload.picture()), preview(current)));
                record(writer.id(), dn, upload, current, WriteBackRecord.Result.CONFLICT, -1,
                        "changed in the directory since the form opened: " + key, actor);
            }
        }
        return conflicts.isEmpty() ? Optional.empty() : Optional.of(new SaveResult.Conflicts(conflicts, pairs));
    }

    /** Writes one upload; a picture changed between the check and this write comes back as a conflict. */
    WriteResult write(DirectoryWriter writer, String dn, Map<String, String> opened, Upload upload, String actor) {
        List<byte[]> before = writer.currentBytes(dn, upload.field().ldapAttribute());
        WriteOutcome outcome = PictureWriteBack.write(writer, dn, upload.field().ldapAttribute(),
                opened.getOrDefault(upload.field().key(), ""), upload.original());
        if (outcome.changedMeanwhile()) {
            Optional<SaveResult.Conflicts> late = conflicts(writer, dn, opened, List.of(upload), actor);
            if (late.isPresent()) {
                return new WriteResult(outcome, late);
            }
        }
        record(writer.id(), dn, upload, before, outcome.written() ? WriteBackRecord.Result.WRITTEN
                : WriteBackRecord.Result.REFUSED, outcome.resultCode(), outcome.reason(), actor);
        return new WriteResult(outcome, Optional.empty());
    }

    /** How one picture write ended: the directory's answer, and the conflict to show when it changed meanwhile. */
    record WriteResult(WriteOutcome outcome, Optional<SaveResult.Conflicts> conflict) {
    }

    private Optional<Picture> preview(List<byte[]> current) {
        if (current.isEmpty()) {
            return Optional.empty();
        }
        // The directory's new picture, shown to the person as the sync would store it; one it refuses shows none.
        PictureProcessor.Outcome outcome = processor.prepare(current.get(0));
        return outcome instanceof PictureProcessor.Ready ready
                ? Optional.of(new Picture(Picture.digestOf(current.get(0)), ready.mediaType(), ready.bytes()))
                : Optional.empty();
    }

    private void record(String directoryId, String dn, Upload upload, List<byte[]> before,
                        WriteBackRecord.Result result, int code, String message, String actor) {
        String old = before.isEmpty() ? "" : described(Picture.digestOf(before.get(0)), before.get(0).length);
        String mine = described(upload.digest(), upload.original().length);
        audit.record(new WriteBackRecord(clock.instant(), actor, directoryId, dn, List.of(new WriteBackRecord.Change(
                upload.field().key(), upload.field().ldapAttribute(), old, mine)), result, code, message));
    }

    /** A picture in the audit: its digest and size, never its bytes. */
    static String described(String digest, int bytes) {
        return digest + " (" + bytes + " bytes)";
    }
}
