/**
 * The competence module's part in a person's rights over their data: the download, the My
 * data page and the deletion.
 */
@org.jspecify.annotations.NullMarked
package fi.osaamo.competence.mydata;
