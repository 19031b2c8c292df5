using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// Binds <c>bool</c> and <c>bool?</c> form and query values. The framework's binder keeps a value it
/// cannot read (<c>Input.RememberMe=maybe</c>) as the field's attempted value, and the checkbox tag
/// helper then throws while re-rendering the form (a 500 for a bad request). This one records the same
/// field error but keeps <c>false</c> as the attempted value, so the form shows again with the error.
/// </summary>
public sealed class BooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var text = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            // An empty value is "no value": null for bool?, a required-value error for bool (as the framework does).
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            if (bindingContext.ModelType == typeof(bool?))
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(
                    bindingContext.ModelName,
                    bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(result.ToString()));
            }

            return Task.CompletedTask;
        }

        if (bool.TryParse(text, out var value))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: false, attemptedValue: bool.FalseString.ToLowerInvariant());
        bindingContext.ModelState.TryAddModelError(
            bindingContext.ModelName,
            bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
        return Task.CompletedTask;
    }
}

public sealed class BooleanModelBinderProvider : IModelBinderProvider
{
    private static readonly BooleanModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(bool) || context.Metadata.ModelType == typeof(bool?) ? Binder : null;
    }
}
