package dev.greenlight.brief.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.greenlight.brief.BriefDocument;
import dev.greenlight.brief.BriefService;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** "Export brief": the Excel or Word brief of the stored assessment, built when the link is followed. */
final class BriefLink {

    private BriefLink() {
    }

    static Anchor of(BriefService briefs, long id, String elementId) {
        return link(() -> briefs.brief(id), BriefService.CONTENT_TYPE, "Export brief (.xlsx)", elementId);
    }

    static Anchor word(BriefService briefs, long id, String elementId) {
        return link(() -> briefs.wordBrief(id), BriefDocument.CONTENT_TYPE, "Word brief (.docx)", elementId);
    }

    private static Anchor link(Supplier<BriefService.BriefFile> brief, String contentType, String words, String elementId) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = brief.get();
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), contentType, file.bytes().length);
        }), words);
        anchor.setId(elementId);
        anchor.addClassName("export-link");
        return anchor;
    }
}
