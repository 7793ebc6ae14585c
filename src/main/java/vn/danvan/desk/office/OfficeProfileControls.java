package vn.danvan.desk.office;

import java.util.ResourceBundle;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import vn.danvan.desk.common.ui.FormDecorations;
import vn.danvan.desk.common.ui.LabelConverter;

/** The controls of the office-profile fields on a screen, bound to an {@link OfficeProfileForm}. */
public record OfficeProfileControls(TextField name, ComboBox<OfficeLevel> level, TextField province,
                                    TextField communeCode, TextField higherLevel, TextField headName,
                                    TextField headTitle) {

    public void bind(OfficeProfileForm form, FormDecorations decorations, ResourceBundle resources) {
        level.setItems(form.levels());
        level.setConverter(new LabelConverter<>(resources, OfficeLevel::messageKey));
        name.textProperty().bindBidirectional(form.nameProperty());
        level.valueProperty().bindBidirectional(form.levelProperty());
        province.textProperty().bindBidirectional(form.provinceProperty());
        communeCode.textProperty().bindBidirectional(form.communeCodeProperty());
        higherLevel.textProperty().bindBidirectional(form.higherLevelProperty());
        headName.textProperty().bindBidirectional(form.headNameProperty());
        headTitle.textProperty().bindBidirectional(form.headTitleProperty());
        decorations.attach(name, OfficeProfileForm.NAME);
        decorations.attach(province, OfficeProfileForm.PROVINCE);
        decorations.attach(communeCode, OfficeProfileForm.COMMUNE_CODE);
        decorations.attach(higherLevel, OfficeProfileForm.HIGHER_LEVEL);
        decorations.attach(headName, OfficeProfileForm.HEAD_NAME);
        decorations.attach(headTitle, OfficeProfileForm.HEAD_TITLE);
    }
}
