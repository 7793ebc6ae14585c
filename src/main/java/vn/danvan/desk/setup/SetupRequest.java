package vn.danvan.desk.setup;

import vn.danvan.desk.common.i18n.AppLanguage;
import vn.danvan.desk.office.OfficeLevel;

/** Everything the first start asks for: the office, its head, the first (admin) officer and the language. */
public record SetupRequest(String officeName, OfficeLevel level, String province, String communeCode,
                           String higherLevelName, String headName, String headTitle,
                           String adminFullName, String adminUsername, String adminPassword,
                           AppLanguage language) {

    @Override
    public String toString() {
        return "SetupRequest[" + officeName + ", " + level + ", " + province + ", admin " + adminUsername + "]";
    }
}
