/**
 * The part of SARIF 2.1.0 finguard writes, as records that Jackson serialises in declaration order; absent
 * (null) properties are left out. Holds no logic and knows nothing of scans: {@code io.finguard.report} maps to it.
 */
package io.finguard.report.sarif;
