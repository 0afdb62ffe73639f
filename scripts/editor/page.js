'use strict';

/**
 * A thin layer over puppeteer-core for the editor check: launch Debian's Chromium with a
 * fresh profile, sign in, and wait explicitly for what the page shows (text, selectors),
 * never for a fixed time.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');
const { ensureChromium, launchArgs } = require('../browser');

const DEFAULT_TIMEOUT_MS = 20000;

async function launchBrowser() {
	const executablePath = await ensureChromium();
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-editor-chromium-'));
	const browser = await puppeteer.launch({
		executablePath,
		headless: true,
		args: launchArgs(userDataDir),
		defaultViewport: { width: 1440, height: 900 },
	});
	const close = async () => {
		await browser.close().catch(() => {});
		fs.rmSync(userDataDir, { recursive: true, force: true });
	};
	return { browser, close };
}

/** Helpers bound to one page. */
function pageHelpers(page, baseUrl) {
	page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);

	/** Waits until an element matching `selector` whose text contains `text` is visible; returns it. */
	const waitForText = async (selector, text, { timeout = DEFAULT_TIMEOUT_MS, exact = false } = {}) => {
		const handle = await page
			.waitForFunction(
			(sel, txt, ex) => {
				const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
				for (const el of document.querySelectorAll(sel)) {
					const t = norm(el.innerText || el.textContent);
					const ok = ex ? t === txt : t.includes(txt);
					if (ok && el.getClientRects().length) return el;
				}
				return null;
			},
			{ timeout },
			selector,
			text,
			exact,
			)
			.catch((error) => {
				if (error.name !== 'TimeoutError') throw error;
				throw new Error(`waited ${timeout / 1000} s for ${selector} showing ${exact ? '' : 'text with '}"${text}"`);
			});
		return handle.asElement();
	};

	/** Text of every visible element matching `selector`. */
	const texts = async (selector) =>
		await page.$$eval(selector, (els) =>
			els.filter((el) => el.getClientRects().length).map((el) => (el.innerText || el.textContent || '').replace(/\s+/g, ' ').trim()),
		);

	const visible = async (selector, { timeout = DEFAULT_TIMEOUT_MS } = {}) =>
		await page.waitForSelector(selector, { visible: true, timeout }).catch((error) => {
			if (error.name !== 'TimeoutError') throw error;
			throw new Error(`waited ${timeout / 1000} s for ${selector} to be visible`);
		});

	const clickText = async (selector, text, options) => {
		const el = await waitForText(selector, text, options);
		await el.click();
		return el;
	};

	const goto = async (p) => {
		await page.goto(`${baseUrl}${p}`, { waitUntil: 'domcontentloaded' });
	};

	const signIn = async ({ email, password }) => {
		await goto('/signin');
		await visible('input[name="emailOrLdapLoginId"], input[type="email"]');
		await page.type('input[name="emailOrLdapLoginId"], input[type="email"]', email);
		await page.type('input[name="password"], input[type="password"]', password);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => !location.pathname.startsWith('/signin'), { timeout: 30000 });
	};

	/** A REST call from the page, with the page's session cookie and browser id. */
	const rest = async (method, p, body) =>
		await page.evaluate(
			async (m, url, b) => {
				const headers = { 'content-type': 'application/json', 'browser-id': localStorage.getItem('n8n-browserId') || '' };
				const res = await fetch(url, { method: m, headers, body: b === undefined ? undefined : JSON.stringify(b) });
				const text = await res.text();
				let json;
				try {
					json = JSON.parse(text);
				} catch {
					json = text;
				}
				return { status: res.status, body: json };
			},
			method,
			`${baseUrl}${p}`,
			body,
		);

	return { page, waitForText, texts, visible, clickText, goto, signIn, rest };
}

module.exports = { launchBrowser, pageHelpers, DEFAULT_TIMEOUT_MS };
