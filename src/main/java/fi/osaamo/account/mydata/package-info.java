/**
 * The account module's part in a person's rights over their data: the work profile in the
 * download and on the My data page, and its deletion with the person's sessions.
 */
@org.jspecify.annotations.NullMarked
package fi.osaamo.account.mydata;
