package vn.danvan.desk.common.ui;

import vn.danvan.desk.common.ProgressMonitor;

/** Long background work that reports its progress to, and checks for cancellation with, a monitor. */
@FunctionalInterface
public interface ProgressWork<T> {

    T call(ProgressMonitor monitor) throws Exception;
}
