package vn.danvan.desk.dialogue;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the conclusion notice (thông báo kết luận): which unit handles the opinions that name it, by when.
 * Saving sets the handling unit, and the due date when one is given, of the petitions those opinions became.
 */
public record AssignmentDraft(UUID unitId, String content, LocalDate dueDate, String noticeDocNo) {
}
