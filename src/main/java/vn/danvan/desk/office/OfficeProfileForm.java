package vn.danvan.desk.office;

import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.danvan.desk.common.ui.FormValidator;

/**
 * The office-profile fields shared by the set-up and settings forms: their values, their rules (named by
 * their label keys) and the conversion to and from {@link OfficeProfile}.
 */
public final class OfficeProfileForm {

    public static final String NAME = "office.field.name";
    public static final String LEVEL = "office.field.level";
    public static final String PROVINCE = "office.field.province";
    public static final String COMMUNE_CODE = "office.field.communeCode";
    public static final String HIGHER_LEVEL = "office.field.higherLevel";
    public static final String HEAD_NAME = "office.field.headName";
    public static final String HEAD_TITLE = "office.field.headTitle";

    private final ObservableList<OfficeLevel> levels = FXCollections.observableArrayList(OfficeLevel.values());
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OfficeLevel> level = new SimpleObjectProperty<>(OfficeLevel.XA);
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty communeCode = new SimpleStringProperty("");
    private final StringProperty higherLevel = new SimpleStringProperty("");
    private final StringProperty headName = new SimpleStringProperty("");
    private final StringProperty headTitle = new SimpleStringProperty("");

    /** Adds the rules of these fields to {@code form}, in screen order. */
    public void addRules(FormValidator form) {
        form.add(NAME, name, OfficeRules::name);
        form.add(LEVEL, level, OfficeRules::level);
        form.add(PROVINCE, province, OfficeRules::province);
        form.add(COMMUNE_CODE, communeCode, OfficeRules::communeCode);
        form.add(HIGHER_LEVEL, higherLevel, OfficeRules::higherLevel);
        form.add(HEAD_NAME, headName, OfficeRules::person);
        form.add(HEAD_TITLE, headTitle, OfficeRules::person);
    }

    public void fill(OfficeProfile profile) {
        name.set(profile.name());
        level.set(profile.level());
        province.set(profile.province());
        communeCode.set(orEmpty(profile.communeCode()));
        higherLevel.set(profile.higherLevelName());
        headName.set(orEmpty(profile.headName()));
        headTitle.set(orEmpty(profile.headTitle()));
    }

    public OfficeProfile toProfile(UUID id) {
        return new OfficeProfile(id, name.get(), level.get(), province.get(), communeCode.get(), higherLevel.get(),
                headName.get(), headTitle.get());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public ObservableList<OfficeLevel> levels() {
        return levels;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<OfficeLevel> levelProperty() {
        return level;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty communeCodeProperty() {
        return communeCode;
    }

    public StringProperty higherLevelProperty() {
        return higherLevel;
    }

    public StringProperty headNameProperty() {
        return headName;
    }

    public StringProperty headTitleProperty() {
        return headTitle;
    }
}
