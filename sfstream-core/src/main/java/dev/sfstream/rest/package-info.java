/**
 * The Salesforce REST API client ({@link dev.sfstream.rest.SalesforceApi}): records, SOQL with lazy paging,
 * composite and sObject collections, limits and describe, with typed errors
 * ({@link dev.sfstream.rest.SalesforceException}), session renewal and bounded retries.
 */
package dev.sfstream.rest;
