package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutletsTest {
    @Test
    void namesHostsAndFeedSectionsOfOneOutletShareAKey() {
        assertThat(Outlets.key("The Brenn Post")).isEqualTo("brennpost").isEqualTo(Outlets.key("brennpost.com"))
                .isEqualTo(Outlets.key("www.brennpost.com"));
        assertThat(Outlets.key("Norvik Wire - Top stories")).isEqualTo(Outlets.key("Norvik Wire"));
        assertThat(Outlets.key("Eastmark Observer | Region")).isEqualTo(Outlets.key("eastmarkobserver.com"));
        assertThat(Outlets.key("news.bbc.co.uk")).isEqualTo("newsbbc");
        assertThat(Outlets.key("Radio Tessaly")).isEqualTo(Outlets.key("radiotessaly.org"));
        // different outlets stay apart
        assertThat(Outlets.key("Calder Daily")).isNotEqualTo(Outlets.key("Calder Weekly"));
        assertThat(Outlets.key("The Times")).isNotEqualTo(Outlets.key("The Sunday Times"));
    }
}
