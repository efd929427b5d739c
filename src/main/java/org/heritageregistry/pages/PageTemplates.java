package org.heritageregistry.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages' templates, checked against their data at build time. */
@CheckedTemplate(basePath = "pages")
final class PageTemplates {

    private PageTemplates() {
    }

    static native TemplateInstance monuments(ReadingPages.MonumentList list);

    static native TemplateInstance monument(ReadingPages.MonumentPage page);

    static native TemplateInstance report(ReadingPages.ReportPage page);

    static native TemplateInstance error(PageRefusals.ErrorPage page);

    static native TemplateInstance login(SignInPages.LoginPage page);

    static native TemplateInstance logout();

    static native TemplateInstance reportForm(ReportFormPages.FormPage page);

    static native TemplateInstance review(ReviewPages.QueuePage page);

    static native TemplateInstance decision(ReviewPages.DecisionPage page);

    static native TemplateInstance settlement(SettlementPages.SettlementPage page);

    static native TemplateInstance imports(ImportPages.JobList list);

    static native TemplateInstance importJob(ImportPages.Job job);

    static native TemplateInstance sources(SourcePages.SourceList list);

    static native TemplateInstance source(SourcePages.SourcePage page);

    static native TemplateInstance sourceForm(SourcePages.SourceFormPage page);

    static native TemplateInstance sourceMerge(SourcePages.MergePage page);

    static native TemplateInstance accounts(AccountPages.AccountList list);

    static native TemplateInstance account(AccountPages.AccountEditPage page);

    static native TemplateInstance myAccount(AccountPages.MyAccountPage page);

    static native TemplateInstance tokenIssued(AccountPages.TokenIssuedPage page);

    static native TemplateInstance sites(SitePages.SiteList list);

    static native TemplateInstance site(SitePages.SitePage page);

    static native TemplateInstance siteForm(SitePages.SiteFormPage page);

    static native TemplateInstance siteRetire(SitePages.RetirePage page);

    static native TemplateInstance monumentForm(MonumentFormPages.MonumentFormPage page);
}
