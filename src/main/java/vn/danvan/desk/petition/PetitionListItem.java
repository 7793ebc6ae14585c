package vn.danvan.desk.petition;

import vn.danvan.desk.petition.deadline.DeadlineState;

/** A list row and where it stands against its due date today. */
public record PetitionListItem(PetitionRow row, DeadlineState deadline) {
}
