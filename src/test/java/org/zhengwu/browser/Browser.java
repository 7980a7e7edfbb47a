package org.zhengwu.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's own Chromium (Debian's package), driven by Playwright; never a downloaded
 * browser. One per test class; screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--lang=zh-CN");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;

    public Browser(int port) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("browser tests need Debian's chromium at " + CHROMIUM
                    + " (apt-get install -y chromium; ./zhengwu test installs it when run as root)");
        }
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
        this.baseUrl = "http://localhost:" + port;
    }

    /** A fresh page (own cookies) on a desktop-sized window, in Chinese. */
    public Page newPage() {
        var context = browser.newContext(new NewContextOptions().setViewportSize(1280, 900).setLocale("zh-CN"));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Saves a full-page screenshot as {@code target/screenshots/NAME.png}. */
    public static Path screenshot(Page page, String name) {
        var file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
