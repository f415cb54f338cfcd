package org.kapitza.io.casefile;

/**
 * A builder of one section of a case file: it reads its entries from the bound file and reports every
 * error at the key path and line of the entry at fault.
 */
abstract class Section {
    final CaseFileReader.Located<CaseFile> at;
    final CaseFile cf;
    final Checks checks;

    Section(Checks checks) {
        this.at = checks.at;
        this.cf = checks.cf;
        this.checks = checks;
    }
}
