/**
 * The matching engine: plain Java over dense integer skill ids, with no Spring and no
 * database, so that the same code serves the application, the tests and the JMH
 * benchmarks. Internal to the matching module.
 */
@org.jspecify.annotations.NullMarked
package fi.osaamo.matching.engine;
