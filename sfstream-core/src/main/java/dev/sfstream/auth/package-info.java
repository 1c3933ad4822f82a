/**
 * Logging in to Salesforce: the login flows ({@link dev.sfstream.auth.AuthFlow}), their settings
 * ({@link dev.sfstream.auth.LoginSettings}) and the shared, self-renewing
 * {@link dev.sfstream.auth.SessionSource} ({@link dev.sfstream.auth.SalesforceLogin}).
 */
package dev.sfstream.auth;
