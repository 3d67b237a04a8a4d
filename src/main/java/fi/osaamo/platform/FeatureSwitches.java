package fi.osaamo.platform;

import java.util.Set;

/**
 * Modules that can switch features off tell the web shell which are off now, so that
 * templates of any module can leave out what leads to them ({@code shell.on("FEATURE")}).
 */
public interface FeatureSwitches {

	/**
	 * The features switched off.
	 * @return their names
	 */
	Set<String> disabled();

}
