package vn.danvan.desk.demo;

import java.util.ArrayList;
import java.util.List;

/** The rows of one batch of generated petitions, written together in one transaction. */
final class DemoChunk {

    final List<DemoRecords.Citizen> citizens = new ArrayList<>();
    final List<DemoRecords.Petition> petitions = new ArrayList<>();
    final List<DemoRecords.Event> events = new ArrayList<>();
    final List<DemoRecords.Representative> representatives = new ArrayList<>();
    final List<DemoRecords.Link> links = new ArrayList<>();
}
