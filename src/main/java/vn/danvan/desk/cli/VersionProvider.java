package vn.danvan.desk.cli;

import picocli.CommandLine.IVersionProvider;
import vn.danvan.desk.AppVersion;

/** {@code --version}: the version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"danvan-desk " + AppVersion.current()};
    }
}
