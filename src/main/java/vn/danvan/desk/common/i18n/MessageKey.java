package vn.danvan.desk.common.i18n;

/** A message argument that is itself a bundle key, translated when the message is shown (e.g. a status name). */
public record MessageKey(String key) {
}
