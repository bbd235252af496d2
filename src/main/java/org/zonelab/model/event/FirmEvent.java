package org.zonelab.model.event;

/**
 * One firm life event, as it happens.
 *
 * @param year     calendar year
 * @param quarter  1..4
 * @param kind     what happened
 * @param firmId   the firm's id
 * @param fromZone zone id the firm (or its headquarters) was in, or 0 where it does not apply
 * @param toZone   zone id it moved or branched to, or 0
 * @param sector   the firm's sector name (for new_track: the new sector)
 * @param value    amount or label-specific value: investment amount (CNY bn), stage code for stage
 *                 events (see {@link #STAGE_GAZELLE}), 0 otherwise
 * @param otherId  the other party: parent firm for spin-out births and new tracks, partner firm,
 *                 lead investor for investments; 0 where none
 */
public record FirmEvent(int year, int quarter, FirmEventKind kind, long firmId, int fromZone, int toZone,
                        String sector, double value, long otherId) {

    /** Stage codes carried in {@link #value} of stage events. */
    public static final int STAGE_GAZELLE = 1;
    public static final int STAGE_UNICORN = 2;
    public static final int STAGE_NEZHA = 3;

    /** The stage name of a stage code. */
    public static String stageName(double code) {
        return switch ((int) code) {
            case STAGE_GAZELLE -> "gazelle";
            case STAGE_UNICORN -> "unicorn";
            case STAGE_NEZHA -> "nezha";
            default -> "";
        };
    }
}
