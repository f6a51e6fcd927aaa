package dev.greenlight.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.greenlight.base.ui.TextLimit;
import dev.greenlight.security.ApiScope;
import dev.greenlight.security.ApiTokenException;
import dev.greenlight.security.ApiTokenService;
import dev.greenlight.security.ApiTokenSummary;
import dev.greenlight.security.CreatedApiToken;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** Every signed-in user's personal access tokens: create (the secret shown once, in a dialog), list, revoke. */
@Route("tokens")
@PageTitle("API tokens · Greenlight")
@Menu(order = 20, title = "API tokens", icon = "vaadin:key")
@PermitAll
class TokensView extends Main {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    static final int DEFAULT_DAYS = 90;

    private final ApiTokenService tokens;
    private final Clock clock;
    final Grid<ApiTokenSummary> grid = new Grid<>();
    final TextField name = new TextField("Name");
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>("Scopes");
    final IntegerField days = new IntegerField("Expires in (days)");
    final Dialog shown = new Dialog();
    final TextField secret = new TextField("Your new token");

    TokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassNames("page");
        grid.setId("tokens");
        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setKey("name").setAutoWidth(true);
        grid.addColumn(t -> t.prefix() + "…").setHeader("Token").setKey("prefix");
        grid.addColumn(t -> t.scopes().stream().sorted().map(ApiScope::code).collect(Collectors.joining(", "))).setHeader("Scopes").setKey("scopes");
        grid.addColumn(t -> when(t.createdAt())).setHeader("Created (UTC)").setKey("createdAt");
        grid.addColumn(t -> when(t.expiresAt())).setHeader("Expires (UTC)").setKey("expiresAt");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : when(t.lastUsedAt())).setHeader("Last used").setKey("lastUsedAt");
        grid.addColumn(this::status).setHeader("Status").setKey("status");
        grid.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke");
        grid.setAllRowsVisible(true);

        name.setId("token-name");
        TextLimit.counted(name, ApiTokenService.NAME_MAX, "What the token is for, e.g. “monthly metrics job”");
        scopes.setId("token-scopes");
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(TokensView::describe);
        days.setId("token-days");
        days.setMin(ApiTokenService.MIN_DAYS);
        days.setMax(ApiTokenService.MAX_DAYS);
        days.setValue(DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        var create = new Button("Create token", e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setAutoselect(true);
        secret.setWidthFull();
        var close = new Button("I have copied it", e -> shown.close());
        close.setId("close-secret");
        shown.setHeaderTitle("Copy your token now");
        shown.add(new Paragraph("This is the only time Greenlight shows it: it keeps only a hash. Select it and copy it "
                + "(Ctrl+C or ⌘C), then send it as “Authorization: Bearer <token>”."), secret);
        shown.getFooter().add(close);
        shown.setCloseOnOutsideClick(false);
        shown.setWidth("36rem");

        var hint = new Paragraph("Tokens let scripts and jobs use the REST API as you, narrowed to their scopes: read (GET only), "
                + "write (read and change), actuals:write (only post monthly check-ins). Manage them here or with your password "
                + "over the API; a token cannot create or revoke tokens.");
        hint.addClassName("hint");
        add(new H2("API tokens"), hint, grid, new H3("New token"), new FormLayout(name, scopes, days), create, shown);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        scopes.setInvalid(false);
        days.setInvalid(false);
        try {
            CreatedApiToken created = tokens.create(name.getValue(), scopes.getValue(), days.getValue());
            secret.setValue(created.secret());
            shown.open();
            name.clear();
            scopes.clear();
            days.setValue(DEFAULT_DAYS);
            refresh();
        } catch (ApiTokenException e) {
            switch (e.field()) {
                case "scopes" -> {
                    scopes.setErrorMessage(e.reason());
                    scopes.setInvalid(true);
                }
                case "expiresInDays" -> {
                    days.setErrorMessage(e.reason());
                    days.setInvalid(true);
                }
                default -> {
                    name.setErrorMessage(e.reason());
                    name.setInvalid(true);
                }
            }
            Notification.show(e.reason(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Button revokeButton(ApiTokenSummary token) {
        var revoke = new Button("Revoke", e -> {
            tokens.revoke(token.id());
            Notification.show("Revoked “" + token.name() + "”", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setId("revoke-" + token.id());
        revoke.setVisible(token.activeAt(Instant.now(clock)));
        return revoke;
    }

    private String status(ApiTokenSummary t) {
        if (t.revokedAt() != null) {
            return "Revoked " + when(t.revokedAt());
        }
        return t.activeAt(Instant.now(clock)) ? "Active" : "Expired";
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String when(Instant instant) {
        return UTC.format(instant);
    }

    private static String describe(ApiScope scope) {
        return switch (scope) {
            case READ -> "read — GET only";
            case WRITE -> "write — read and change";
            case ACTUALS_WRITE -> "actuals:write — only monthly check-ins";
        };
    }
}
