package vn.danvan.desk.dashboard;

import vn.danvan.desk.petition.PetitionListRequest;

/** Where the dashboard leads: the petition page, its list filtered as asked, or one petition selected. */
@FunctionalInterface
public interface DashboardNavigation {

    void openPetitions(PetitionListRequest request);
}
