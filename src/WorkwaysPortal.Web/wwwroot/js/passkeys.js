// Passkeys (WebAuthn): "Sign in with a passkey" (Features/Account/Login.cshtml) and "Add a passkey"
// (Features/Account/Manage/Passkeys.cshtml). A form marked data-passkey-form ("create" or "request") asks
// the portal for the options (POST to data-options-url with the form's fields, its antiforgery token among
// them), gives them to the browser (navigator.credentials.create or .get), puts the credential the browser
// returns, as JSON, in the form's data-passkey-credential field and sends the form; ASP.NET Core Identity
// checks it on the server. When anything fails (no options, the person cancels) the form is sent without a
// credential and the page that answers says what went wrong, in the page's language. Browsers without
// passkeys (no window.PublicKeyCredential) never see the forms: they stay hidden.
'use strict';
(() => {
    const credentials = window.PublicKeyCredential;
    if (!credentials
        || typeof credentials.parseCreationOptionsFromJSON !== 'function'
        || typeof credentials.parseRequestOptionsFromJSON !== 'function') {
        return;
    }

    const makeCredential = async (form, signal) => {
        const response = await fetch(form.dataset.optionsUrl, {
            method: 'POST',
            body: new FormData(form),
            credentials: 'same-origin',
            signal,
        });
        if (!response.ok) {
            throw new Error(`The portal answered ${response.status}.`);
        }

        const options = await response.json();
        return form.dataset.passkeyForm === 'create'
            ? navigator.credentials.create({ publicKey: credentials.parseCreationOptionsFromJSON(options), signal })
            : navigator.credentials.get({ publicKey: credentials.parseRequestOptionsFromJSON(options), signal });
    };

    document.querySelectorAll('[data-passkey-unsupported]').forEach(element => {
        element.hidden = true;
    });
    document.querySelectorAll('form[data-passkey-form]').forEach(form => {
        const field = form.querySelector('[data-passkey-credential]');
        const button = form.querySelector('button[type="submit"]');
        form.hidden = false;
        form.addEventListener('submit', async event => {
            event.preventDefault();
            button.disabled = true;
            field.value = '';
            try {
                const credential = await makeCredential(form, AbortSignal.timeout(5 * 60 * 1000));
                field.value = JSON.stringify(credential);
            } catch (error) {
                // The answer to a form without a credential says what went wrong.
                console.warn('Passkey:', error);
            }

            // submit() sends the form without firing this handler again.
            form.submit();
        });
    });
})();
