/**
 * The platform every module stands on: database connections (embedded PostgreSQL by
 * default), security configuration, the web shell (layout model, languages, navigation,
 * branding hook, error pages) and API problem responses. It depends on no other module;
 * modules plug into it through {@link fi.osaamo.platform.NavigationContributor},
 * {@link fi.osaamo.platform.BrandingSource} and {@link fi.osaamo.platform.ShellUser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package fi.osaamo.platform;
