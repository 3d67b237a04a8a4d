package fi.osaamo.messaging.ops;

/**
 * Parts the SMSC took lately, from every sender.
 *
 * @param lastMinute in the last minute
 * @param lastHour in the last hour
 */
public record Throughput(long lastMinute, long lastHour) {
}
