package fi.osaamo.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Collects what is wrong with a form's fields, so that the person sees every problem at
 * once instead of one per attempt.
 */
public final class FormProblems {

	private final List<InvalidInputException> found = new ArrayList<>();

	/**
	 * Runs a check of a field and keeps its problem, if any.
	 * @param check the check
	 */
	public void check(Runnable check) {
		try {
			check.run();
		}
		catch (InvalidInputException ex) {
			found.addAll(ex.all());
		}
	}

	/**
	 * Keeps a problem found without a check of its own.
	 * @param problem the problem
	 */
	public void add(InvalidInputException problem) {
		found.addAll(problem.all());
	}

	/**
	 * Reads a field and keeps its problem, if any.
	 * @param <T> what the field reads as
	 * @param read how to read it
	 * @return the value, or {@code null} when it could not be read
	 */
	public <T> @Nullable T read(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (InvalidInputException ex) {
			found.addAll(ex.all());
			return null;
		}
	}

	/**
	 * Whether anything was wrong so far.
	 * @return true if a problem was found
	 */
	public boolean any() {
		return !found.isEmpty();
	}

	/**
	 * Throws what was found: the one problem, or all of them together.
	 */
	public void throwIfAny() {
		if (found.size() == 1) {
			throw found.get(0);
		}
		if (!found.isEmpty()) {
			throw new Many(found);
		}
	}

	/**
	 * Several problems at once; it reads as the first of them where only one is shown.
	 */
	static final class Many extends InvalidInputException {

		private final transient List<InvalidInputException> problems;

		Many(List<InvalidInputException> problems) {
			super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).arguments());
			this.problems = List.copyOf(problems);
		}

		@Override
		public List<InvalidInputException> all() {
			return problems;
		}

	}

}
