/**
 * Finnish reference classifications of Statistics Finland: municipalities and regions,
 * industries (TOL 2008 sections and divisions) and fields of education, with their names
 * in Finnish, Swedish and English. Small and fixed, so they are read once into memory.
 * Source: Statistics Finland (Tilastokeskus), CC BY 4.0.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package fi.osaamo.classification;
