package fi.osaamo.coach.matrix;

import java.util.List;

/**
 * The matrix a school starts from: a check on the third day, a status query every two
 * weeks, and one a week before the period ends. Each need for help goes to the person who
 * can do something about it: tasks and instruction to the workplace instructor, the
 * atmosphere and safety to the supervisor, studies and coping to the teacher.
 */
final class RecommendedMatrix {

	private RecommendedMatrix() {
	}

	static List<StatusQuery> queries() {
		return List.of(firstDays(), status(), ending());
	}

	private static StatusQuery firstDays() {
		return new StatusQuery("first-days", false, 2, null,
				new Texts("Hei! Miten ensimmäiset päivät työpaikalla ovat sujuneet? Vastaa numerolla:",
						"Hej! Hur har de första dagarna på arbetsplatsen gått? Svara med en siffra:",
						"Hi! How have your first days at the workplace gone? Reply with a number:"),
				List.of(fine(),
						help(2, "Tehtäväni ovat epäselviä", "Mina uppgifter är oklara", "My tasks are unclear",
								Topic.TASKS, HandlerRole.INSTRUCTOR),
						help(3, "Tarvitsen lisää ohjausta", "Jag behöver mer handledning", "I need more instruction",
								Topic.INSTRUCTION, HandlerRole.INSTRUCTOR),
						help(4, "Jokin muu huolettaa", "Något annat oroar mig", "Something else worries me",
								Topic.OTHER, HandlerRole.TEACHER)));
	}

	private static StatusQuery status() {
		return new StatusQuery("status", false, 14, 14,
				new Texts("Miten työpaikalla menee? Vastaa numerolla:",
						"Hur går det på arbetsplatsen? Svara med en siffra:",
						"How are things at the workplace? Reply with a number:"),
				List.of(fine(),
						help(2, "Tarvitsen apua työtehtävissä", "Jag behöver hjälp med uppgifterna",
								"I need help with my tasks", Topic.TASKS, HandlerRole.INSTRUCTOR),
						help(3, "Tarvitsen lisää ohjausta", "Jag behöver mer handledning", "I need more instruction",
								Topic.INSTRUCTION, HandlerRole.INSTRUCTOR),
						help(4, "Ilmapiiri tai turvallisuus huolettaa", "Stämningen eller säkerheten oroar mig",
								"The atmosphere or safety worries me", Topic.ATMOSPHERE, HandlerRole.SUPERVISOR),
						help(5, "Opinnot tai jaksaminen", "Studierna eller orken", "My studies or coping",
								Topic.STUDIES, HandlerRole.TEACHER)));
	}

	private static StatusQuery ending() {
		return new StatusQuery("ending", true, 7, null,
				new Texts("Jaksosi päättyy viikon kuluttua. Onko arviointi sovittu? Vastaa numerolla:",
						"Din period slutar om en vecka. Är bedömningen överenskommen? Svara med en siffra:",
						"Your period ends in a week. Is your assessment agreed? Reply with a number:"),
				List.of(new AnswerOption(1, new Texts("Kyllä", "Ja", "Yes"), false, null, null),
						help(2, "Ei vielä, tarvitsen apua", "Inte än, jag behöver hjälp", "Not yet, I need help",
								Topic.STUDIES, HandlerRole.TEACHER)));
	}

	private static AnswerOption fine() {
		return new AnswerOption(1, new Texts("Kaikki hyvin", "Allt bra", "All fine"), false, null, null);
	}

	private static AnswerOption help(int number, String fi, String sv, String en, Topic topic, HandlerRole handler) {
		return new AnswerOption(number, new Texts(fi, sv, en), true, topic, handler);
	}

}
