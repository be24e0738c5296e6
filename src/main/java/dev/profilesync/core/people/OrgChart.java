package dev.profilesync.core.people;

import java.util.List;
import java.util.Optional;

/**
 * A person's place in the organisation, from the stored manager references. Immutable.
 *
 * @param person         whose chart this is
 * @param managers       the chain of managers, nearest first, up to the top or to where the chain breaks
 * @param chainEnd       how the chain ends
 * @param missingManager the manager named last in the chain who is not known here, when {@code chainEnd} is MISSING
 * @param peers          people with the same manager (without the person), at most {@link #SHOWN} of them
 * @param peerCount      how many peers there are in all
 * @param reports        the person's direct reports, at most {@link #SHOWN} of them
 * @param reportCount    how many direct reports there are in all
 */
public record OrgChart(Person person, List<Person> managers, ChainEnd chainEnd, Optional<String> missingManager,
                       List<Person> peers, int peerCount, List<Person> reports, int reportCount) {
    /** Beyond this many, peers and reports are collapsed into a count. */
    public static final int SHOWN = 50;

    public OrgChart {
        managers = List.copyOf(managers);
        peers = List.copyOf(peers);
        reports = List.copyOf(reports);
    }

    /** How the chain of managers ends. */
    public enum ChainEnd {
        /** At someone without a manager: the top. */
        TOP,
        /** At a manager reference that names nobody known here. */
        MISSING,
        /** At someone already in the chain: the data has a cycle (A manages B manages A). */
        CYCLE
    }
}
