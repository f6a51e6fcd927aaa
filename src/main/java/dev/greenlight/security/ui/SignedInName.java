package dev.greenlight.security.ui;

import dev.greenlight.base.ui.PersonName;
import dev.greenlight.security.UserDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The layout names the signed-in person by display name, as every page names people (issue 16 item 3). */
@Configuration
class SignedInName {

    @Bean
    PersonName signedInPersonName(UserDirectory names) {
        return names::displayName;
    }
}
