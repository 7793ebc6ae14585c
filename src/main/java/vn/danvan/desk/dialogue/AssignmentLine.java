package vn.danvan.desk.dialogue;

import vn.danvan.desk.common.NamedRef;

/** One line of the conclusion notice as shown: the assignment and the name of its unit. */
public record AssignmentLine(AssignmentDraft draft, NamedRef unit) {
}
